using System.Globalization;
using MassTransit;

namespace Pipeline.Stages.Running;

/// <summary>
/// The broker's count of a message's earlier deliveries that ended without an answer (<c>x-delivery-count</c>, set
/// by quorum queues when a worker died, hung up or returned the message). The delivery that reaches the limit is
/// the last one the broker makes: the stage fails the scan on it rather than run the work that ended every earlier one.
/// </summary>
public static class LastDelivery
{
    public const string DeliveryCountHeader = "x-delivery-count";

    /// <summary>Earlier deliveries of this message that ended without an answer (0 on the first, and on transports that do not count).</summary>
    public static long EarlierDeliveries(ConsumeContext context) =>
        context.ReceiveContext.TransportHeaders.TryGetHeader(DeliveryCountHeader, out var value) && value is not null
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : 0;

    public static bool Reached(ConsumeContext context, int deliveryLimit) => EarlierDeliveries(context) >= deliveryLimit;
}
