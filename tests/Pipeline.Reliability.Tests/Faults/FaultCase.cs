namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// One fault: <see cref="Arm"/> waits until the system is where the fault should hit (a worker holding messages, the
/// status consumer busy) and says whether it got there; <see cref="Inject"/> does the harm, <see cref="Restore"/> undoes
/// it after <see cref="Hold"/>. <see cref="Order"/> places the row in the table.
/// </summary>
public sealed record FaultCase(
    int Order,
    string Name,
    Func<FaultTarget, Task<bool>> Arm,
    Func<FaultTarget, Task> Inject,
    Func<FaultTarget, TimeSpan> Hold,
    Func<FaultTarget, Task> Restore);
