using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Ingest.Api.Problems;

/// <summary>
/// A request that failed because the database or the blob store was away is answered <c>503</c> with <c>Retry-After</c>
/// (a problem with the code <c>temporarily-unavailable</c>), not a bare <c>500</c>: the caller did nothing wrong and
/// should try again, with its <c>Idempotency-Key</c>. Anything else stays a 500. Neither carries the exception.
/// </summary>
public sealed partial class DependencyFailureHandler(ILogger<DependencyFailureHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDependencyFailure(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }
        LogUnavailable(logger, exception.GetType().Name);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ApiProblems.Of(StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable",
                $"The service could not reach its storage just now. Nothing was kept; try again in {RetryAfterSeconds} seconds (with the same Idempotency-Key, if you sent one).",
                ProblemTypes.TemporarilyUnavailable)
            .ExecuteAsync(httpContext);
        return true;
    }

    private static bool IsDependencyFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageUnavailableException or DbException { IsTransient: true } or Azure.RequestFailedException or TimeoutException)
            {
                return true;
            }
        }
        return false;
    }

    [LoggerMessage(LogLevel.Warning, "A request failed because a dependency was away ({ExceptionType}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exceptionType);
}
