using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace Pipeline.LoadBench;

/// <summary>
/// A full, blocking garbage collection in another .NET process, asked for over its diagnostics port the way
/// <c>dotnet-gcdump</c> does: an EventPipe session with the runtime's GC-heap-collect keyword makes the runtime collect
/// every generation at once. After it, the heap <c>/metrics</c> reports is what is really live, the measure a leak grows.
/// </summary>
public static class ForcedCollection
{
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    /// <summary>Asks process <paramref name="pid"/> for a full collection; false when it cannot be reached.</summary>
    public static async Task<bool> RunAsync(int pid)
    {
        try
        {
            var client = new DiagnosticsClient(pid);
            var providers = new[] { new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, GcKeyword | GcHeapCollectKeyword) };
            using var session = client.StartEventPipeSession(providers, requestRundown: false, circularBufferMB: 16);
            // The events must be read, or the runtime's buffer fills; the collection is over well within the wait.
            var reading = session.EventStream.CopyToAsync(Stream.Null);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await session.StopAsync(CancellationToken.None);
            await reading;
            return true;
        }
        catch (Exception e) when (e is ServerNotAvailableException or UnsupportedCommandException or ServerErrorException or IOException or TimeoutException)
        {
            return false;
        }
    }
}
