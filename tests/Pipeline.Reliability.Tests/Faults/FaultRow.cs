namespace Pipeline.Reliability.Tests.Faults;

/// <summary>What one fault did to a stream of uploads, as the table shows it.</summary>
public sealed record FaultRow(
    int Order,
    string Fault,
    int Uploads,
    int Completed,
    int Failed,
    int Lost,
    int Duplicated,
    int Refused,
    double? RecoverySeconds,
    string Notes)
{
    /// <summary>The failures by stage and code, e.g. "parse/corrupt 2, render/internal 1".</summary>
    public string FailedBy { get; init; } = "";
}
