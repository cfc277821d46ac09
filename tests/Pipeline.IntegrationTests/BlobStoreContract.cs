using System.Text;
using Pipeline.Contracts;
using Pipeline.Storage;

namespace Pipeline.IntegrationTests;

/// <summary>What every blob store must do, run against each real store.</summary>
public abstract class BlobStoreContract
{
    protected abstract IBlobStore Store { get; }

    [Fact]
    public async Task A_put_blob_reads_back_byte_for_byte_and_a_second_put_replaces_it()
    {
        var name = BlobNames.Upload(Guid.NewGuid());
        var first = new byte[300_000];
        new Random(1).NextBytes(first);

        await Store.PutAsync(name, new MemoryStream(first), "application/octet-stream");
        Assert.True(await Store.ExistsAsync(name));
        Assert.Equal(first, await ReadAllAsync(name));

        await Store.PutTextAsync(name, "second", "text/plain");
        Assert.Equal("second", await Store.ReadTextAsync(name));
    }

    [Fact]
    public async Task A_missing_blob_reads_as_null_and_deleting_it_is_no_error()
    {
        var name = BlobNames.Parsed(Guid.NewGuid());
        Assert.False(await Store.ExistsAsync(name));
        Assert.Null(await Store.OpenReadAsync(name));
        await Store.DeleteAsync(name);
    }

    [Fact]
    public async Task A_put_that_fails_midway_leaves_no_blob_behind()
    {
        var name = BlobNames.Upload(Guid.NewGuid());
        await Assert.ThrowsAnyAsync<Exception>(() => Store.PutAsync(name, new FailingStream(200_000), "application/octet-stream"));
        Assert.False(await Store.ExistsAsync(name));
    }

    [Fact]
    public async Task Deleting_a_scan_removes_every_blob_it_has_and_no_other()
    {
        var scan = Guid.NewGuid();
        var other = Guid.NewGuid();
        foreach (var name in BlobNames.All(scan).Append(BlobNames.Upload(other)))
        {
            await Store.PutTextAsync(name, name, "text/plain");
        }

        await Store.DeleteScanAsync(scan);

        foreach (var name in BlobNames.All(scan))
        {
            Assert.False(await Store.ExistsAsync(name), name);
        }
        Assert.True(await Store.ExistsAsync(BlobNames.Upload(other)));
    }

    [Fact]
    public async Task The_store_answers_its_readiness_check() => await Store.CheckAsync();

    private async Task<byte[]> ReadAllAsync(string name)
    {
        await using var stream = await Store.OpenReadAsync(name);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Gives <paramref name="goodBytes"/> bytes, then fails as a dropped connection would.</summary>
    private sealed class FailingStream(int goodBytes) : Stream
    {
        private int _given;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_given >= goodBytes)
            {
                throw new IOException("The client went away.");
            }
            var n = Math.Min(count, goodBytes - _given);
            Encoding.ASCII.GetBytes(new string('x', n)).CopyTo(buffer, offset);
            _given += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _given; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class FileSystemBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("blobs-");

    public FileSystemBlobStoreTests() => Store = new FileSystemBlobStore(_folder.FullName);

    protected override IBlobStore Store { get; }

    [Fact]
    public async Task Names_that_would_leave_the_folder_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutTextAsync("uploads/../../etc/passwd", "x", "text/plain"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ExistsAsync("/etc/passwd"));
    }

    [Fact]
    public async Task A_failed_put_leaves_no_temporary_file()
    {
        await Assert.ThrowsAnyAsync<IOException>(() => Store.PutAsync(BlobNames.Upload(Guid.NewGuid()), new ThrowingStream(), "text/plain"));
        Assert.Empty(Directory.EnumerateFiles(_folder.FullName, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private sealed class ThrowingStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("gone");
    }
}

/// <summary>Against Azurite with containers of their own (a fresh prefix per test class).</summary>
public sealed class AzureBlobStoreTests : BlobStoreContract, IAsyncLifetime
{
    private readonly AzureBlobStore _store = new(new Azure.Storage.Blobs.BlobServiceClient(Services.Blobs), $"t{Guid.NewGuid().ToString("N")[..8]}-");

    protected override IBlobStore Store => _store;

    public Task InitializeAsync() => _store.EnsureContainersAsync();

    public async Task DisposeAsync()
    {
        var service = new Azure.Storage.Blobs.BlobServiceClient(Services.Blobs);
        foreach (var folder in AzureBlobStore.Folders)
        {
            await service.GetBlobContainerClient(_store.ContainerPrefix + folder).DeleteIfExistsAsync();
        }
    }

    [Fact]
    public async Task Each_kind_of_blob_lives_in_its_own_prefixed_container()
    {
        var name = BlobNames.Score(Guid.NewGuid());
        await Store.PutTextAsync(name, "{}", "application/json");

        var container = new Azure.Storage.Blobs.BlobServiceClient(Services.Blobs).GetBlobContainerClient(_store.ContainerPrefix + "scores");
        Assert.True(await container.GetBlobClient(name["scores/".Length..]).ExistsAsync());
    }
}
