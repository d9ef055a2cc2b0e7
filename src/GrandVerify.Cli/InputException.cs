namespace GrandVerify.Cli;

/// <summary>A user-facing input problem found by the CLI itself (an option out of range).</summary>
public sealed class InputException(string message) : Exception(message);
