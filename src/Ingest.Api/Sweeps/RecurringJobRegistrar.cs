using Hangfire;

namespace Ingest.Api.Sweeps;

/// <summary>
/// Registers recurring Hangfire jobs without making the start depend on it. An instance killed while Hangfire held a
/// job's distributed lock leaves that lock in the database until it times out (minutes), and each registration waits
/// 15 s for it before it throws: the fault suite's API, SIGKILLed and started again, died in start-up on "Timeout
/// expired … lock on 'hangfire:lock:recurring-job:batch-sweep'", and with five registrars waiting one after another a
/// start would take over a minute. So the start waits a moment (long enough for a free lock), then goes on while the
/// registration keeps trying in the background; the jobs registered before still stand meanwhile.
/// </summary>
internal abstract partial class RecurringJobRegistrar(IRecurringJobManager jobs, ILogger logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _stopping = new();
    private Task _registering = Task.CompletedTask;

    /// <summary>The <c>AddOrUpdate</c> calls.</summary>
    protected abstract void Register(IRecurringJobManager jobs);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _registering = Task.Run(() => RegisterUntilDoneAsync(_stopping.Token), CancellationToken.None);
        try
        {
            await _registering.WaitAsync(StartWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogStillTrying(logger, GetType().Name);
        }
    }

    private async Task RegisterUntilDoneAsync(CancellationToken stopping)
    {
        var deferred = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                Register(jobs);
                if (deferred)
                {
                    LogRegistered(logger, GetType().Name);
                }
                return;
            }
            catch (Exception e)
            {
                deferred = true;
                LogDeferred(logger, GetType().Name, e);
            }
            try
            {
                await Task.Delay(RetryEvery, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        // A registration blocked on a lock ends when Hangfire's own wait does; the host need not wait that long.
        await _registering.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    [LoggerMessage(LogLevel.Warning, "{Registrar} could not register its recurring jobs yet (the ones registered before stand); trying again in the background")]
    private static partial void LogDeferred(ILogger logger, string registrar, Exception exception);

    [LoggerMessage(LogLevel.Information, "{Registrar} is still registering its recurring jobs; the start goes on without waiting")]
    private static partial void LogStillTrying(ILogger logger, string registrar);

    [LoggerMessage(LogLevel.Information, "{Registrar} registered its recurring jobs")]
    private static partial void LogRegistered(ILogger logger, string registrar);
}
