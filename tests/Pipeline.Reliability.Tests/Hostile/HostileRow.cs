namespace Pipeline.Reliability.Tests.Hostile;

/// <summary>What one hostile file got, as the table shows it: the answer, its code, and the memory it cost each process.</summary>
public sealed record HostileRow(int Order, string Kind, string Size, string Answer, string Code, IReadOnlyList<(string Service, long Peak, long ChildPeak)> Memory);
