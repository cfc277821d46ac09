using System.Text;
using System.Text.Json.Nodes;
using Ingest.Api.Problems;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ingest.Api.ApiDocs;

/// <summary>
/// Documents the problem types: the <c>ProblemDetails</c> schema gains the <c>code</c> member with every code of
/// <see cref="ProblemTypes.All"/> as an enum, each with its status and meaning, and the <c>stage</c> member.
/// </summary>
internal sealed class ProblemCatalog : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas?.TryGetValue("ProblemDetails", out var found) != true || found is not OpenApiSchema problem)
        {
            return Task.CompletedTask;
        }
        var table = new StringBuilder("A stable code for programs; the status, title and meaning of each:\n\n| code | status | meaning |\n|---|---|---|\n");
        foreach (var type in ProblemTypes.All)
        {
            table.Append("| `").Append(type.Code).Append("` | ").Append(type.Status).Append(" | ").Append(type.Title).Append(": ").Append(type.Meaning).Append(" |\n");
        }
        problem.Description = "An RFC 9457 problem document. Every error answer is one; a validation problem (400) lists the fields at fault in `errors` instead of a `code`.";
        problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
        problem.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = table.ToString(),
            Enum = ProblemTypes.All.Select(p => (JsonNode)JsonValue.Create(p.Code)!).ToList(),
        };
        problem.Properties["stage"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "For problems with the uploaded file: the stage that refused it (`upload`).",
        };
        return Task.CompletedTask;
    }
}
