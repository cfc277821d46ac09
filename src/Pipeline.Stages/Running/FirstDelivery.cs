using MassTransit;

namespace Pipeline.Stages.Running;

public static class FirstDelivery
{
    /// <summary>
    /// Set on a message that may repeat one sent before: by the outbox when it publishes a row again after a try that
    /// failed (the broker may have taken it and only the confirm was lost), and by a stage on the event it publishes
    /// for a message that may itself have run before. The next stage then looks for its output before working.
    /// </summary>
    public const string MayRepeatHeader = "Pipeline-May-Repeat";

    /// <summary>
    /// Whether this message may have been handled before, so the stage must look for the output it would write: the
    /// broker delivered it again, a retry runs it again, the sweep announced the scan again, or the sender flagged it
    /// (<see cref="MayRepeatHeader"/>). A first delivery of a first announcement skips that request.
    /// </summary>
    public static bool MayHaveRun(ConsumeContext context, int attempt) =>
        context.ReceiveContext.Redelivered || context.GetRetryAttempt() > 0 || attempt > 1 ||
        (context.Headers.TryGetHeader(MayRepeatHeader, out var flag) && flag is true or "true" or "True");

    /// <summary>Publishes the stage's event, flagged when the message it answers may have run before: a repeat passes its doubt on.</summary>
    public static Task PublishNextAsync<T>(this ConsumeContext context, T message, bool mayRepeat, CancellationToken cancellationToken) where T : class =>
        mayRepeat
            ? context.Publish(message, Pipe.Execute<PublishContext<T>>(publish => publish.Headers.Set(MayRepeatHeader, true)), cancellationToken)
            : context.Publish(message, cancellationToken);
}
