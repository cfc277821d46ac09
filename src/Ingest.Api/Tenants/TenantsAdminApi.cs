using Ingest.Api.Admin;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Tenants;

public static class TenantsAdminApi
{
    /// <summary>The admin routes for tenants; not mapped at all (404) when <c>Admin:ApiKey</c> is unset.</summary>
    public static WebApplication MapTenantsAdminApi(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<AdminOptions>>().Value.Enabled)
        {
            return app;
        }
        app.MapGroup("/api/v1/admin/tenants").WithTags("Admin")
            .MapPost("/", CreateTenant.HandleAsync)
            .WithName("CreateTenant")
            .WithSummary("Create a tenant: its API key and callback signing secret are shown once")
            .WithDescription("Needs 'Authorization: Bearer <Admin:ApiKey>'. Body: {\"name\": \"…\"}.")
            .Accepts<CreateTenantRequest>("application/json")
            .Produces<TenantCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .DisableAntiforgery();
        return app;
    }
}
