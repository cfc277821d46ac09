using Ingest.Api.Problems;

namespace Ingest.Api.Admin;

/// <summary>
/// Lets an admin route run only for requests that carry <c>Admin:ApiKey</c> as a bearer token. Admin handlers read
/// their JSON bodies themselves, after this filter: a caller without the key learns nothing, not even what is wanted.
/// </summary>
internal sealed class AdminKeyFilter(string apiKey) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (AdminKey.Matches(context.HttpContext, apiKey))
        {
            return next(context);
        }
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return ValueTask.FromResult<object?>(ApiProblems.AdminKeyRequired());
    }
}
