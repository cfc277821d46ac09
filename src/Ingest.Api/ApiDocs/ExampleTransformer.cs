using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ingest.Api.ApiDocs;

/// <summary>Puts <see cref="ApiExamples"/> and <see cref="ProblemExamples"/> on every operation's JSON bodies and answers.</summary>
internal sealed class ExampleTransformer : IOpenApiOperationTransformer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = operation.OperationId ?? "";
        var examples = ApiExamples.ByOperation.GetValueOrDefault(name);
        if (examples?.Request is { } request && operation.RequestBody?.Content is { } bodies)
        {
            foreach (var media in bodies.Values)
            {
                media.Example = ToNode(request);
            }
        }
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response.Content is not { } contents || !int.TryParse(status, out var code))
            {
                continue;
            }
            foreach (var (type, media) in contents)
            {
                if (type == "application/problem+json")
                {
                    var validation = media.Schema is OpenApiSchemaReference { Reference.Id: "HttpValidationProblemDetails" };
                    media.Example = ProblemExamples.For(name, code, validation) is { } problem ? ToNode(problem) : null;
                }
                else if (type.Contains("json", StringComparison.Ordinal) && examples?.Responses.GetValueOrDefault(code) is { } answer)
                {
                    media.Example = ToNode(answer);
                }
                else if (type == "text/html")
                {
                    // A page for people; its words are the JSON answer's message.
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
                    media.Example = JsonValue.Create("<!doctype html><html lang=\"en\">…<h1>You are subscribed</h1>…</html>");
                }
            }
        }
        return Task.CompletedTask;
    }

    public static JsonNode? ToNode(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), Json);
}
