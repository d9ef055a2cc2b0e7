namespace GrandVerify.Properties.Tests.Infrastructure;

/// <summary>
/// Thrown inside a property when one generated case breaks the claim; the message names the
/// measured quantity, its bound and the case, and FsCheck shrinks the case from there.
/// </summary>
public sealed class PropertyViolation(string message) : Exception(message);
