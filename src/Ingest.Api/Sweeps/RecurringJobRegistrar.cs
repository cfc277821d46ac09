using Hangfire;

namespace Ingest.Api.Sweeps;

/// <summary>
/// Registers recurring Hangfire jobs at start without making the start depend on it. An instance killed while
/// Hangfire held a job's distributed lock leaves that lock in the database until it times out (minutes), and
/// registering waits for it: the fault suite's API, SIGKILLed and started again, died in start-up on
/// "Timeout expired … lock on 'hangfire:lock:recurring-job:stuck-scans'". The jobs registered before still stand, so
/// the instance starts and keeps trying in the background.
/// </summary>
internal abstract partial class RecurringJobRegistrar(IRecurringJobManager jobs, ILogger logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    /// <summary>The <c>AddOrUpdate</c> calls.</summary>
    protected abstract void Register(IRecurringJobManager jobs);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Register(jobs);
        }
        catch (Exception e)
        {
            LogDeferred(logger, GetType().Name, e);
            _retrying = RetryAsync(_stopping.Token);
        }
        return Task.CompletedTask;
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryEvery, stopping);
                Register(jobs);
                LogRegistered(logger, GetType().Name);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogDeferred(logger, GetType().Name, e);
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying;
    }

    public void Dispose() => _stopping.Dispose();

    [LoggerMessage(LogLevel.Warning, "{Registrar} could not register its recurring jobs yet (the ones registered before stand); trying again in the background")]
    private static partial void LogDeferred(ILogger logger, string registrar, Exception exception);

    [LoggerMessage(LogLevel.Information, "{Registrar} registered its recurring jobs")]
    private static partial void LogRegistered(ILogger logger, string registrar);
}
