using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>How many times each blob was written, as the blob store itself saw it.</summary>
public interface IBlobWrites : IDisposable
{
    /// <summary>Completed writes per blob name (<c>folder/name</c>, as <c>BlobNames</c> spells them).</summary>
    IReadOnlyDictionary<string, int> Count();
}

/// <summary>
/// Writes counted from Azurite's own request log (<c>--debug</c>): a <c>PUT</c> of a blob (a whole blob, or a block list)
/// that Azurite answered 201. A write cut off by a crash never got its 201 and is not counted; the SDK sending the same
/// request again because its answer was lost (the same <c>x-ms-client-request-id</c>, the same bytes) is one write.
/// </summary>
public sealed partial class AzuriteWrites(string requestLog, string containerPrefix) : IBlobWrites
{
    public IReadOnlyDictionary<string, int> Count()
    {
        var puts = new Dictionary<string, (string Path, string ClientRequest)>(StringComparer.Ordinal);
        var writes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using var stream = new FileStream(requestLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (Request().Match(line) is { Success: true } request)
            {
                var query = request.Groups["query"].Value;
                if (request.Groups["method"].Value == "PUT" && (!query.Contains("comp=", StringComparison.Ordinal) || query.Contains("comp=blocklist", StringComparison.Ordinal)))
                {
                    var client = ClientRequestId().Match(line) is { Success: true } c ? c.Groups["id"].Value : request.Groups["id"].Value;
                    puts[request.Groups["id"].Value] = (request.Groups["path"].Value, client);
                }
            }
            else if (End().Match(line) is { Success: true } end && end.Groups["status"].Value == "201" && puts.Remove(end.Groups["id"].Value, out var put))
            {
                if (put.Path.IndexOf('/', StringComparison.Ordinal) > 0 && put.Path.StartsWith(containerPrefix, StringComparison.Ordinal))
                {
                    var name = put.Path[containerPrefix.Length..];
                    (writes.TryGetValue(name, out var set) ? set : writes[name] = new HashSet<string>(StringComparer.Ordinal)).Add(put.ClientRequest);
                }
            }
        }
        return writes.ToDictionary(w => w.Key, w => w.Value.Count, StringComparer.Ordinal);
    }

    public void Dispose()
    {
    }

    [GeneratedRegex(@"^\S+ (?<id>\S+) info: BlobStorageContextMiddleware: RequestMethod=(?<method>[A-Z]+) RequestURL=https?://[^/]+/devstoreaccount1/(?<path>[^?\s]+)(?<query>\?\S*)?")]
    private static partial Regex Request();

    [GeneratedRegex(@"""x-ms-client-request-id"":""(?<id>[^""]+)""")]
    private static partial Regex ClientRequestId();

    [GeneratedRegex(@"^\S+ (?<id>\S+) info: EndMiddleware: End response\. TotalTimeInMS=\S+ StatusCode=(?<status>\d+)")]
    private static partial Regex End();
}

/// <summary>
/// Writes counted in a file-system blob store's folder: the store writes a temporary file and renames it into place, so
/// each rename onto a blob's name is one completed write.
/// </summary>
public sealed class FolderWrites : IBlobWrites
{
    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public FolderWrites(string root)
    {
        _root = Path.GetFullPath(root);
        _watcher = new FileSystemWatcher(_root) { IncludeSubdirectories = true, InternalBufferSize = 64 * 1024, NotifyFilter = NotifyFilters.FileName };
        _watcher.Renamed += (_, e) =>
        {
            var name = Path.GetRelativePath(_root, e.FullPath).Replace('\\', '/');
            if (!name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                _counts.AddOrUpdate(name, 1, (_, n) => n + 1);
            }
        };
        _watcher.Error += (_, e) => Overflowed = e.GetException().Message;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Set when the watcher lost events (its buffer overflowed): the counts are then a lower bound.</summary>
    public string? Overflowed { get; private set; }

    public IReadOnlyDictionary<string, int> Count() => new Dictionary<string, int>(_counts);

    public void Dispose() => _watcher.Dispose();
}
