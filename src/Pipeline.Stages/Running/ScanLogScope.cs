using Microsoft.Extensions.Logging;

namespace Pipeline.Stages.Running;

public static class ScanLogScope
{
    /// <summary>Puts <c>ScanId</c> on every log line written inside the scope.</summary>
    public static IDisposable? BeginScanScope(this ILogger logger, Guid scanId) =>
        logger.BeginScope(new Dictionary<string, object> { ["ScanId"] = scanId.ToString("N") });
}
