using Ingest.Api.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Ingest.Api.ApiDocs;

/// <summary>The document's title, its one server (<c>PublicBaseUrl</c>, never the request's host) and what each tag groups.</summary>
internal sealed class DocumentInfo(IOptions<PublicAddressOptions> publicAddress) : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Scans"] = "Upload a resume, follow it to its end, download the results, see and retry its callbacks. Tenants call with their API key; anonymous callers are rate-limited per address.",
        ["Roles"] = "The role guides a scan is scored against.",
        ["Subscribers"] = "The weekly résumé tips by mail: double opt-in (the confirmation link's page has the button that confirms) and one-click unsubscribe.",
        ["Admin"] = "For the operator, with the Admin:ApiKey setting as bearer token: tenants (keys, signing secrets, allowance, deletion) and the digest.",
        ["Web"] = "The scanner's own page.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Resume Pipeline API";
        document.Info.Description =
            "An ATS resume scanner. Errors are RFC 9457 problem documents with a stable `code` (see the ProblemDetails schema). " +
            "Tenants get signed callbacks (Standard Webhooks, see the webhooks section): verify `webhook-signature` with the tenant's `whsec_` secret; " +
            "during a secret rotation's grace period the header holds two `v1,` signatures, one per secret.";
        document.Servers = [new OpenApiServer { Url = publicAddress.Value.BaseUri().AbsoluteUri.TrimEnd('/'), Description = "This service (the PublicBaseUrl setting)" }];
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && Tags.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
        return Task.CompletedTask;
    }
}
