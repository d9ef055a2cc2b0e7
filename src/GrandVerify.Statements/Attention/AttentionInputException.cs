namespace GrandVerify.Statements.Attentions;

/// <summary>
/// An attention that cannot be used: an unknown name (the message lists the known ones) or an
/// expression with symbols other than c or with unknown functions. Parse errors are reported as
/// <see cref="GrandVerify.Symbolic.ParseException"/> (with the position) instead.
/// </summary>
public sealed class AttentionInputException(string message) : ArgumentException(message);
