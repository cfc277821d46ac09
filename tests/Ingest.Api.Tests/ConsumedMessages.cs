using MassTransit;

namespace Ingest.Api.Tests;

/// <summary>
/// Counts messages of one type the scan-status queue finished consuming (successfully or not), so a test knows when a
/// late event was handled.
/// </summary>
public sealed class ConsumedMessages<T> : IConsumeObserver where T : class
{
    private const string Queue = "scan-status";

    private int _count;

    public int Count => Volatile.Read(ref _count);

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {Count} of {count} {typeof(T).Name} messages were consumed.");
            }
            await Task.Delay(20);
        }
    }

    public Task PreConsume<TMessage>(ConsumeContext<TMessage> context) where TMessage : class => Task.CompletedTask;

    public Task PostConsume<TMessage>(ConsumeContext<TMessage> context) where TMessage : class
    {
        if (context.Message is T && context.ReceiveContext.InputAddress.AbsolutePath.TrimEnd('/').EndsWith("/" + Queue, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<TMessage>(ConsumeContext<TMessage> context, Exception exception) where TMessage : class => PostConsume(context);
}
