using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Pipeline.Testing;

/// <summary>A tenant as the admin route returned it (the key and secret are shown only then).</summary>
public sealed record CreatedTenant(Guid Id, string Name, string ApiKey, string SigningSecret);

public static class TenantAdmin
{
    /// <summary><c>POST /api/v1/admin/tenants</c> with the admin key; expects 201.</summary>
    public static async Task<CreatedTenant> CreateAsync(HttpClient http, string adminKey, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = JsonContent.Create(new { name }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating a tenant answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<CreatedTenant>(ScanState.Json))!;
    }
}
