using Ingest.Api.Problems;

namespace Ingest.Api.Admin;

/// <summary>Lets an admin route run only for requests that carry <c>Admin:ApiKey</c> as a bearer token.</summary>
internal sealed class AdminKeyFilter(string apiKey) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (AdminKey.Matches(context.HttpContext, apiKey))
        {
            return next(context);
        }
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return ValueTask.FromResult<object?>(ApiProblems.Of(StatusCodes.Status401Unauthorized, "Admin key required",
            "This route is for administrators: send 'Authorization: Bearer <Admin:ApiKey>'.", "admin-key-required"));
    }
}
