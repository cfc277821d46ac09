using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ingest.Api.Tenants;

/// <summary>
/// Tells OpenAPI readers how to authenticate: tenant routes take a tenant key optionally (anonymous calls are allowed),
/// the admin routes need the admin key. Both are bearer tokens in the <c>Authorization</c> header.
/// </summary>
public sealed class ApiKeySecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string TenantScheme = "tenantKey";
    public const string AdminScheme = "adminKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[TenantScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A tenant's API key (rpk_…), from POST /api/v1/admin/tenants. Without it a caller is anonymous: rate-limited per address, no callbacks.",
        };
        document.Components.SecuritySchemes[AdminScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The service's Admin:ApiKey setting.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<TenantOnlyMetadata>().Any())
        {
            operation.Security = [Requirement(TenantScheme, context.Document)];
        }
        else if (metadata.OfType<TenantRouteMetadata>().Any())
        {
            // An empty requirement first: calling without a key is allowed too.
            operation.Security = [new OpenApiSecurityRequirement(), Requirement(TenantScheme, context.Document)];
        }
        else if (context.Description.RelativePath?.StartsWith("api/v1/admin/", StringComparison.Ordinal) == true)
        {
            operation.Security = [Requirement(AdminScheme, context.Document)];
        }
        else
        {
            // Said outright: anyone may call it, no key.
            operation.Security = [new OpenApiSecurityRequirement()];
        }
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
