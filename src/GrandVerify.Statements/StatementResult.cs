namespace GrandVerify.Statements;

/// <summary>A decided statement with its wall-clock time in seconds.</summary>
public sealed record StatementResult(Statement Statement, Finding Finding, double Seconds);
