using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Stages.Messaging;

/// <summary>
/// Declares every stage queue before this host's bus starts, so nothing it publishes can meet a missing queue: on a
/// fresh broker RabbitMQ drops what no queue is bound to. Registered ahead of the bus; it waits for the broker (as the
/// bus itself does) and tries again until the broker answers or the host stops.
/// </summary>
internal sealed partial class PipelineTopologyDeployer(IOptions<MessagingOptions> options, ILoggerFactory loggers, ILogger<PipelineTopologyDeployer> logger)
    : IHostedService
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var wait = TimeSpan.FromMilliseconds(500);
        for (var attempt = 1; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(AttemptTimeout);
            try
            {
                await PipelineTopology.DeployAsync(options.Value, loggers, timeout.Token);
                LogDeployed(logger, attempt);
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogNotYet(logger, attempt, wait.TotalSeconds, e);
            }
            await Task.Delay(wait, cancellationToken);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, MaxWait.Ticks));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Stage queues declared on the broker (attempt {Attempt})")]
    private static partial void LogDeployed(ILogger logger, int attempt);

    [LoggerMessage(LogLevel.Warning, "Could not declare the stage queues (attempt {Attempt}); trying again in {WaitSeconds} s")]
    private static partial void LogNotYet(ILogger logger, int attempt, double waitSeconds, Exception exception);
}
