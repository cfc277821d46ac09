using System.Net.Http.Headers;
using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Door;

/// <summary>
/// The four services as processes on the shared RabbitMQ, PostgreSQL and Azurite (their own virtual host, database and
/// containers), with an admin key and two tenants: what the security and request-abuse checks knock on. Callbacks keep
/// the production rule (no private networks).
/// </summary>
public sealed class DoorStack : IAsyncLifetime
{
    public const string AdminKey = "door-admin-key-0123456789abcdef";

    private DistributedStack? _stack;

    public DistributedStack Stack => _stack ?? throw new InvalidOperationException("The stack did not start.");
    public CreatedTenant First { get; private set; } = null!;
    public CreatedTenant Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _stack = await DistributedStack.StartAsync(new Dictionary<string, string> { ["Admin__ApiKey"] = AdminKey });
        using var http = _stack.CreateApiClient();
        First = await TenantAdmin.CreateAsync(http, AdminKey, "First Career Centre");
        Second = await TenantAdmin.CreateAsync(http, AdminKey, "Second Career Centre");
    }

    /// <summary>An API client calling with <paramref name="bearer"/> (none: anonymously).</summary>
    public HttpClient Client(string? bearer = null)
    {
        var http = Stack.CreateApiClient();
        if (bearer is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return http;
    }

    /// <summary>Every route of the API's OpenAPI document, with its methods.</summary>
    public async Task<IReadOnlyList<(string Method, string Path)>> RoutesAsync()
    {
        using var http = Client();
        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(op => (op.Name.ToUpperInvariant(), path.Name)))];
    }

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DoorCollection : ICollectionFixture<DoorStack>
{
    public const string Name = "door";
}
