using Microsoft.Extensions.Options;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;

namespace Pipeline.Stages.Rendering;

public sealed class RenderStageConsumerDefinition(IOptions<MessagingOptions> options)
    : StageConsumerDefinition<RenderStageConsumer>(StageQueues.Render, options);
