namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// How hard each fault is pushed. Uploads go on at a steady pace from <see cref="Before"/> uploads ahead of the fault,
/// through it, until <see cref="After"/> more went after it was undone; a batch of <see cref="BatchSize"/> files is sent
/// just before the fault and runs through it (500 in both profiles: the whole short fault phase took 11.5 minutes with
/// it on two shared cores). The short profile runs in <c>./test.sh</c> (CI: two cores, shared with everything else);
/// <c>RELIABILITY_PROFILE=long</c> (<c>scripts/reliability.sh long</c>) sends more uploads and holds each outage
/// longer, the blob store cut for a full minute. <c>RELIABILITY_BATCH_SIZE</c> sets another
/// batch size (to measure what a size costs).
/// </summary>
public sealed record FaultProfile(string Name, int Before, int After, TimeSpan Interval, TimeSpan Outage, TimeSpan BlobCut, int BatchSize)
{
    public static FaultProfile Short { get; } = new("short", 4, 4, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(20), 500);

    public static FaultProfile Long { get; } = new("long", 30, 30, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), 500);

    public static FaultProfile Current { get; } = Chosen();

    private static FaultProfile Chosen()
    {
        var profile = Environment.GetEnvironmentVariable("RELIABILITY_PROFILE") is "long" ? Long : Short;
        return int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_BATCH_SIZE"), out var size) ? profile with { BatchSize = size } : profile;
    }
}
