using MassTransit;

namespace Pipeline.Stages.Running;

internal static class FirstDelivery
{
    /// <summary>
    /// Whether this message may have been handled before, so the stage must look for the output it would write: the
    /// broker delivered it again, or a retry runs it again, or the sweep announced the scan again. A first delivery of
    /// a first announcement skips that request. The rare duplicate that is not flagged (the outbox published again
    /// after a lost confirm) does the deterministic work again and writes the same output.
    /// </summary>
    public static bool MayHaveRun(ConsumeContext context, int attempt) =>
        context.ReceiveContext.Redelivered || context.GetRetryAttempt() > 0 || attempt > 1;
}
