using System.Net;
using System.Text.Json;

namespace Pipeline.Cli.Submit;

/// <summary>The API refused a request: its status and the sentence its problem document gives for people.</summary>
public sealed class ApiProblem(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string? detail = null;
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                detail = string.Join(" ", errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(v => v.GetString())));
            }
            detail ??= root.TryGetProperty("title", out var t) ? t.GetString() : null;
        }
        catch (JsonException)
        {
            detail = text.Length > 200 ? text[..200] : text;
        }
        return new ApiProblem(response.StatusCode, $"The API answered {(int)response.StatusCode}: {detail}");
    }
}
