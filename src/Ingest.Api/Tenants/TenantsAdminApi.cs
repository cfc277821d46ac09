using Ingest.Api.Admin;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Tenants;

public static class TenantsAdminApi
{
    /// <summary>The admin routes for tenants, all behind the admin key; not mapped at all (404) when <c>Admin:ApiKey</c> is unset.</summary>
    public static WebApplication MapTenantsAdminApi(this WebApplication app)
    {
        var admin = app.Services.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (!admin.Enabled)
        {
            return app;
        }
        var tenants = app.MapGroup("/api/v1/admin/tenants").WithTags("Admin")
            .AddEndpointFilter(new AdminKeyFilter(admin.ApiKey!))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .DisableAntiforgery();

        tenants.MapPost("/", CreateTenant.HandleAsync)
            .WithName("CreateTenant")
            .WithSummary("Create a tenant: its API key and callback signing secret are shown once")
            .WithDescription("Body: {\"name\": \"…\"}. Keep the key and the secret from the answer: the service stores only the key's hash and the secret encrypted.")
            .Accepts<CreateTenantRequest>("application/json")
            .Produces<TenantCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        tenants.MapGet("/", ShowTenants.ListAsync)
            .WithName("ListTenants")
            .WithSummary("Every tenant, newest first, without keys or secrets")
            .Produces<TenantList>();

        tenants.MapGet("/{id:guid}", ShowTenants.GetAsync)
            .WithName("GetTenant")
            .WithSummary("One tenant: name, allowance, working key prefixes and secret rotation, never a key or a secret")
            .Produces<TenantView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tenants.MapPatch("/{id:guid}", SetUploadAllowance.HandleAsync)
            .WithName("SetUploadAllowance")
            .WithSummary("Set the tenant's upload allowance per Tenants:UploadWindow (null: back to the Tenants:UploadsPerWindow setting)")
            .Accepts<UploadAllowanceRequest>("application/json")
            .Produces<TenantView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tenants.MapDelete("/{id:guid}", DeleteTenant.HandleAsync)
            .WithName("DeleteTenant")
            .WithSummary("Delete a tenant: its keys stop at once, then its scans, batches and callbacks are erased and it is gone")
            .Produces<TenantView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);

        tenants.MapPost("/{id:guid}/api-key", RotateApiKey.HandleAsync)
            .WithName("RotateApiKey")
            .WithSummary("Rotate the tenant's API key: a new key, shown once; the old ones work for graceHours more (24 by default)")
            .Accepts<RotationRequest>("application/json")
            .Produces<ApiKeyRotated>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tenants.MapDelete("/{id:guid}/api-key", RevokeApiKeys.HandleAsync)
            .WithName("RevokeApiKeys")
            .WithSummary("Revoke every key of the tenant now; POST …/api-key gives it a new one")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        tenants.MapPost("/{id:guid}/signing-secret", RotateSigningSecret.HandleAsync)
            .WithName("RotateSigningSecret")
            .WithSummary("Rotate the callback signing secret: shown once; for graceHours (24 by default) callbacks carry a signature with each secret")
            .Accepts<RotationRequest>("application/json")
            .Produces<SigningSecretRotated>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
