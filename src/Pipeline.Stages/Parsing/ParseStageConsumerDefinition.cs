using Microsoft.Extensions.Options;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;

namespace Pipeline.Stages.Parsing;

public sealed class ParseStageConsumerDefinition(IOptions<MessagingOptions> options)
    : StageConsumerDefinition<ParseStageConsumer>(StageQueues.Parse, options);
