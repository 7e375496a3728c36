namespace ZezhouDisclosure.Application.Interactions;

/// <summary>Audit action codes of 互动交流 (留言/咨询, 找错) and the 舆情 register.</summary>
public static class InteractionAuditActions
{
    public const string Submit = "interaction.submit";
    public const string Route = "interaction.route";
    public const string Reject = "interaction.reject";
    public const string Merge = "interaction.merge";
    public const string Answer = "interaction.answer";
    public const string Publish = "interaction.publish";
    public const string Withdraw = "interaction.withdraw";
    public const string RevealContact = "interaction.reveal-contact";
    public const string Anonymise = "interaction.anonymise";
    public const string Notify = "interaction.notify";
    public const string RequestTransfer = "interaction.request-transfer";
    public const string DeclineTransfer = "interaction.decline-transfer";
    public const string SentimentRegister = "sentiment.register";
    public const string SentimentRecord = "sentiment.record";
    public const string SentimentLevel = "sentiment.level";
    public const string SentimentClose = "sentiment.close";
}
