namespace ZezhouDisclosure.Domain.Documents;

/// <summary>解读形式 (泽政办发〔2020〕22号 四（三）2). Everything but <see cref="Text"/> counts as 非纯文字.</summary>
public enum InterpretationForm
{
    /// <summary>文字.</summary>
    Text = 1,

    /// <summary>图片图解.</summary>
    Graphic = 2,

    /// <summary>图表.</summary>
    Chart = 3,

    /// <summary>动漫.</summary>
    Animation = 4,

    /// <summary>音频.</summary>
    Audio = 5,

    /// <summary>视频.</summary>
    Video = 6,

    /// <summary>问答.</summary>
    QuestionsAndAnswers = 7,

    /// <summary>新闻发布会.</summary>
    PressConference = 8,

    /// <summary>在线访谈.</summary>
    OnlineInterview = 9,

    /// <summary>媒体采访.</summary>
    MediaInterview = 10,
}
