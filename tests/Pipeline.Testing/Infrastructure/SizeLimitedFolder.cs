namespace Pipeline.Testing.Infrastructure;

/// <summary>
/// A folder on a small tmpfs of its own (needs root, as the suite runs here and in CI), to fill up on purpose: a full
/// disk under the file-system blob store without touching any other file system.
/// </summary>
public sealed class SizeLimitedFolder : IAsyncDisposable
{
    private SizeLimitedFolder(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, ".filler");

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MiB; null with the reason when this machine does not allow it.</summary>
    public static async Task<(SizeLimitedFolder? Folder, string? Reason)> TryMountAsync(string path, int megabytes)
    {
        Directory.CreateDirectory(path);
        var mount = await Command.RunAsync("mount", ["-t", "tmpfs", "-o", $"size={megabytes}m,mode=0777", "tmpfs", path]);
        return mount.ExitCode == 0 ? (new SizeLimitedFolder(path), null) : (null, $"mount -t tmpfs failed: {mount.Output.Trim()}");
    }

    /// <summary>Takes every free byte, so the next write fails with "no space left on device".</summary>
    public async Task FillAsync()
    {
        // Unbuffered: a buffer left full when the disk is would throw again on dispose.
        await using var filler = new FileStream(Filler, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[1024 * 1024];
        try
        {
            while (true)
            {
                await filler.WriteAsync(block);
            }
        }
        catch (IOException)
        {
            // Full.
        }
        block = new byte[4096];
        try
        {
            while (true)
            {
                await filler.WriteAsync(block);
            }
        }
        catch (IOException)
        {
            // Full to the last page.
        }
    }

    public void Free() => File.Delete(Filler);

    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    public async ValueTask DisposeAsync()
    {
        await Command.RunAsync("umount", ["-l", Path]);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
