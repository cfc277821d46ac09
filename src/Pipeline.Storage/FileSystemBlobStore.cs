using System.Text.RegularExpressions;

namespace Pipeline.Storage;

/// <summary>Blobs as files under one folder. A put writes a temporary file beside the target and renames it over.</summary>
public sealed partial class FileSystemBlobStore : IBlobStore
{
    private readonly string _root;

    public FileSystemBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public async Task PutAsync(string name, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            // FileShare.Delete: erasing a scan must not wait for a reader to finish.
            Stream stream = new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(name)));

    public Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            File.Delete(PathOf(name));
        }
        catch (DirectoryNotFoundException)
        {
            // No folder, so no blob either.
        }
        return Task.CompletedTask;
    }

    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(_root, $".ready.{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(probe, [1], cancellationToken);
        File.Delete(probe);
    }

    private string PathOf(string name)
    {
        if (!SafeName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a blob name.", nameof(name));
        }
        return Path.Combine(_root, name.Replace('/', Path.DirectorySeparatorChar));
    }

    [GeneratedRegex("^[a-z]+/[A-Za-z0-9._-]+$")]
    private static partial Regex SafeName();
}
