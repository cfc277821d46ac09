using System.IO.Compression;
using Pipeline.Cli.Inputs;

namespace Pipeline.Cli.Submit;

/// <summary>
/// <c>--out DIR</c>: <c>results.csv</c>, <c>summary.json</c>, <c>summary.pdf</c>, and every report and optimized resume,
/// unpacked from the streamed <c>reports.zip</c> as <c>DIR/&lt;file&gt;.report.pdf</c> (as <c>scan</c> names them).
/// </summary>
internal static class BatchDownloads
{
    public static async Task<int> SaveAsync(BatchApiClient api, string batchId, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await api.DownloadAsync(batchId, "results.csv", Path.Combine(directory, "results.csv"), cancellationToken);
        await api.DownloadAsync(batchId, "summary.json", Path.Combine(directory, "summary.json"), cancellationToken);
        await api.DownloadAsync(batchId, "summary.pdf", Path.Combine(directory, "summary.pdf"), cancellationToken);
        // The archive lands on disk, not in memory, and is unpacked from there.
        var archive = Path.Combine(directory, $".reports-{batchId}.zip");
        try
        {
            await api.DownloadAsync(batchId, "reports.zip", archive, cancellationToken);
            return await UnpackAsync(archive, directory, cancellationToken);
        }
        finally
        {
            File.Delete(archive);
        }
    }

    private static async Task<int> UnpackAsync(string archive, string directory, CancellationToken cancellationToken)
    {
        // 'results/' as typed keeps its slash through GetFullPath: trimmed, or no target would start with the root.
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        await using var zip = await ZipArchive.CreateAsync(File.OpenRead(archive), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken);
        var count = 0;
        foreach (var entry in zip.Entries)
        {
            var target = Path.GetFullPath(Path.Combine(directory, entry.FullName));
            // The names come from the server, which made them from the uploaded names: still, nothing lands outside DIR.
            if (!target.StartsWith(root, StringComparison.Ordinal) || entry.FullName.EndsWith('/'))
            {
                continue;
            }
            await using var source = await entry.OpenAsync(cancellationToken);
            await using var file = OutputFiles.Create(target);
            await source.CopyToAsync(file, cancellationToken);
            count++;
        }
        return count;
    }
}
