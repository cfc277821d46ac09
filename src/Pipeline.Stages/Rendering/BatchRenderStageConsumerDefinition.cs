using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;

namespace Pipeline.Stages.Rendering;

public sealed class BatchRenderStageConsumerDefinition(IOptions<MessagingOptions> options)
    : StageConsumerDefinition<BatchRenderStageConsumer>(StageQueues.Render, options, Lane.Batch);
