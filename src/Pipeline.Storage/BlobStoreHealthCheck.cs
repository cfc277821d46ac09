using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pipeline.Storage;

/// <summary>Ready when the blob store answers (and, for a folder, can be written).</summary>
internal sealed class BlobStoreHealthCheck(IBlobStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CheckAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The blob store does not answer: {e.Message}", e);
        }
    }
}
