using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pipeline.Storage;

/// <summary>
/// Creates the Azure containers at start. A store that is not up yet does not stop the service: the readiness check
/// says so, and a put creates its container when it finds it missing.
/// </summary>
internal sealed partial class AzureContainersInitializer(AzureBlobStore store, ILogger<AzureContainersInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.EnsureContainersAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotReady(logger, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "The blob containers could not be created at start; they will be created on first write.")]
    private static partial void LogNotReady(ILogger logger, Exception exception);
}
