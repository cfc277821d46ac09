namespace Pipeline.Reliability.Tests.Hostile;

/// <summary>One kind of hostile file: how the suite makes it, the name it is uploaded under, and the answer it must get.</summary>
public sealed record HostileKind(string Name, string FileName, Func<byte[]> Build, HostileAnswer Expected)
{
    public override string ToString() => Name;
}
