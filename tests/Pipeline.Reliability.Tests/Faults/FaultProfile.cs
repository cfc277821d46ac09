namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// How hard each fault is pushed. Uploads go on at a steady pace from <see cref="Before"/> uploads ahead of the fault,
/// through it, until <see cref="After"/> more went after it was undone. The short profile runs in <c>./test.sh</c>
/// (CI: two cores, shared with everything else); <c>RELIABILITY_PROFILE=long</c> (<c>scripts/reliability.sh long</c>)
/// sends more and holds each outage longer, the blob store cut for a full minute.
/// </summary>
public sealed record FaultProfile(string Name, int Before, int After, TimeSpan Interval, TimeSpan Outage, TimeSpan BlobCut)
{
    public static FaultProfile Short { get; } = new("short", 4, 4, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(20));

    public static FaultProfile Long { get; } = new("long", 30, 30, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

    public static FaultProfile Current { get; } =
        Environment.GetEnvironmentVariable("RELIABILITY_PROFILE") is "long" ? Long : Short;
}
