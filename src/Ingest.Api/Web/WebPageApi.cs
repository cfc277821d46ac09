using System.Reflection;
using Resume.Scoring;

namespace Ingest.Api.Web;

/// <summary>
/// The job seeker's page: upload, watch the scan move through its stages, read the report (verdict, score, role fit,
/// findings, job match) and download the results; a result has its own address (<c>/#/scans/{id}</c>).
/// It is a static page over the public API, so it can do nothing the API does not allow anyone.
/// </summary>
public static class WebPageApi
{
    // Scripts and styles come only from this origin; the page needs no other host.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly (string Route, string Resource, string ContentType)[] Assets =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
        // Browsers ask for an icon; without one every visit logs a failed request.
        ("/favicon.svg", "favicon.svg", "image/svg+xml"),
        // The career-centre view: a tenant's batches, with its API key.
        ("/centre", "centre.html", "text/html; charset=utf-8"),
        ("/centre.js", "centre.js", "text/javascript; charset=utf-8"),
        ("/centre.css", "centre.css", "text/css; charset=utf-8"),
    ];

    public static IEndpointRouteBuilder MapWebPage(this IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Assets)
        {
            var bytes = ReadAsset(resource);
            app.MapGet(route, (HttpResponse response) =>
                {
                    response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    response.Headers.XContentTypeOptions = "nosniff";
                    response.Headers.CacheControl = "no-cache";
                    return TypedResults.Bytes(bytes, contentType);
                })
                .ExcludeFromDescription();
        }

        app.MapGet("/api/v1/roles", () => TypedResults.Ok(
                RoleGuideCatalog.BuiltIn.Roles
                    .Order(StringComparer.Ordinal)
                    .Select(role => new RoleView(role, RoleGuideCatalog.BuiltIn.Get(role).Title))
                    .ToList()))
            .WithTags("Roles")
            .WithName("ListRoles")
            .WithSummary("The role guides a scan can be scored against")
            .WithDescription("Every guide's id and title. A scan's 'role' is one of these ids, or 'auto' (the default) for the guide the resume fits best.");
        return app;
    }

    private static byte[] ReadAsset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Ingest.Api.Web.{name}")
            ?? throw new InvalidOperationException($"The web asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <param name="Id">What to send as <c>role</c>.</param>
public sealed record RoleView(string Id, string Title);
