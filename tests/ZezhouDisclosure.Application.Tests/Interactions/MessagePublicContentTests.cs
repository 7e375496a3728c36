using ZezhouDisclosure.Application.Common.Abstractions;
using ZezhouDisclosure.Application.Interactions;
using ZezhouDisclosure.Domain.Interactions;

namespace ZezhouDisclosure.Application.Tests.Interactions;

/// <summary>Only a published answer is public content: triage and answering make no public change (and evict nothing).</summary>
public class MessagePublicContentTests
{
    private static readonly DateTime At = new(2026, 11, 27, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Friday = new(2026, 11, 27);

    private static CitizenMessage Message() =>
        new("LY202611270001", MessageKind.Enquiry, MessageCategory.Consultation, 1, 7, "标题", "内容", "张三", null, null, null, true, At, Friday,
            Friday.AddDays(7), "k");

    [Fact]
    public void ChangesOf_UnpublishedMessage_None_PublishedAnswer_ItsKindIdAndAnsweringUnit()
    {
        var source = new MessageContentSource();
        var message = Message();
        Assert.Empty(source.ChangesOf(message));
        message.Route(7, At, "county", null);
        message.Answer("答复", 7, "gaodu", At, Friday);
        Assert.Empty(source.ChangesOf(message));

        message.Publish(At);

        var change = Assert.Single(source.ChangesOf(message));
        Assert.Equal(PublicContentKind.MessageAnswer, change.Kind);
        Assert.Equal("message-answer", change.Kind.Name);
        Assert.Equal(message.Id, change.Id);
        Assert.Equal(7, change.OrganisationId);
        Assert.Equal([PublicContentKind.MessageAnswer], new MessageSearchSource(null!).Kinds);
        Assert.Equal("message:12", MessageSearchSource.Key(12));
    }
}
