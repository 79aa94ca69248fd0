namespace NetworkAnalysis.Application.Classification;

/// <summary>Counts of actual type × predicted type.</summary>
/// <param name="SmallAsSmall">Small enterprise-type groups predicted small enterprise.</param>
/// <param name="SmallAsTransnational">Small enterprise-type groups predicted transnational.</param>
/// <param name="TransnationalAsSmall">Transnational groups predicted small enterprise.</param>
/// <param name="TransnationalAsTransnational">Transnational groups predicted transnational.</param>
public readonly record struct ConfusionMatrix(int SmallAsSmall, int SmallAsTransnational, int TransnationalAsSmall, int TransnationalAsTransnational)
{
    /// <summary>All counted groups.</summary>
    public int Total => SmallAsSmall + SmallAsTransnational + TransnationalAsSmall + TransnationalAsTransnational;
}
