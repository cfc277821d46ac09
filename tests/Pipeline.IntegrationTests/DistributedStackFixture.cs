using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>One distributed stack (four processes) shared by a test class.</summary>
public sealed class DistributedStackFixture : IAsyncLifetime
{
    private DistributedStack? _stack;

    public DistributedStack Stack => _stack ?? throw new InvalidOperationException("The stack did not start.");

    public async Task InitializeAsync() => _stack = await DistributedStack.StartAsync();

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}
