using System.Text.Json;

namespace Ingest.Api.Admin;

/// <summary>
/// Reads an admin route's JSON body itself, after the admin key was checked (<see cref="AdminKeyFilter"/>): a caller
/// without the key learns nothing, not even what JSON is wanted.
/// </summary>
public static class AdminJson
{
    /// <summary>Admin bodies are a few members; anything longer is not one of them.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// The body's JSON object; an empty object when there is no body at all (every member then takes its default);
    /// null when the body is not a JSON object.
    /// </summary>
    public static async Task<JsonElement?> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return JsonDocument.Parse("{}").RootElement;
        }
        if (!request.HasJsonContentType())
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A 400 naming the member and what it must be.</summary>
    public static IResult Invalid(string member, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [member] = [message] });
}
