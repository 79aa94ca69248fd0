using MathNet.Numerics.LinearAlgebra;

namespace NetworkAnalysis.Classification;

/// <summary>
/// Penalised logistic regression by Newton's method (iteratively reweighted least squares):
/// minimises Σ sᵢ·logloss(yᵢ, σ(xᵢ·β)) + λ/2 · Σ_{j penalised} (βⱼ − priorⱼ)².
/// </summary>
internal static class LogisticFit
{
    public static double[] Fit(
        double[][] rows,
        double[] labels,
        double[] sampleWeights,
        double[] prior,
        bool[] penalised,
        double lambda,
        int maxIterations,
        double tolerance)
    {
        var p = prior.Length;
        var beta = (double[])prior.Clone();
        var loss = Loss(rows, labels, sampleWeights, beta, prior, penalised, lambda);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var gradient = Vector<double>.Build.Dense(p);
            var hessian = Matrix<double>.Build.Dense(p, p);
            for (var i = 0; i < rows.Length; i++)
            {
                var x = rows[i];
                var mu = Sigmoid(Dot(x, beta));
                var residual = sampleWeights[i] * (mu - labels[i]);
                var curvature = sampleWeights[i] * Math.Max(mu * (1 - mu), 1e-12);
                for (var j = 0; j < p; j++)
                {
                    gradient[j] += residual * x[j];
                    for (var k = 0; k <= j; k++)
                    {
                        hessian[j, k] += curvature * x[j] * x[k];
                    }
                }
            }

            for (var j = 0; j < p; j++)
            {
                for (var k = 0; k < j; k++)
                {
                    hessian[k, j] = hessian[j, k];
                }

                // A tiny ridge keeps the system solvable when a feature is constant (e.g. always unknown).
                hessian[j, j] += (penalised[j] ? lambda : 0) + 1e-9;
                if (penalised[j])
                {
                    gradient[j] += lambda * (beta[j] - prior[j]);
                }
            }

            var step = hessian.Cholesky().Solve(gradient);
            var scale = 1.0;
            double[] next;
            double nextLoss;
            do
            {
                next = new double[p];
                for (var j = 0; j < p; j++)
                {
                    next[j] = beta[j] - (scale * step[j]);
                }

                nextLoss = Loss(rows, labels, sampleWeights, next, prior, penalised, lambda);
                scale /= 2;
            }
            while (nextLoss > loss + 1e-12 && scale > 1e-6);

            var change = 0.0;
            for (var j = 0; j < p; j++)
            {
                change = Math.Max(change, Math.Abs(next[j] - beta[j]));
            }

            beta = next;
            loss = nextLoss;
            if (change < tolerance)
            {
                break;
            }
        }

        return beta;
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    private static double Dot(double[] x, double[] beta)
    {
        var s = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            s += x[j] * beta[j];
        }

        return s;
    }

    private static double Loss(double[][] rows, double[] labels, double[] sampleWeights, double[] beta, double[] prior, bool[] penalised, double lambda)
    {
        var loss = 0.0;
        for (var i = 0; i < rows.Length; i++)
        {
            var z = Dot(rows[i], beta);
            // log(1 + e^z) − y·z, computed without overflow.
            var softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            loss += sampleWeights[i] * (softplus - (labels[i] * z));
        }

        for (var j = 0; j < beta.Length; j++)
        {
            if (penalised[j])
            {
                var d = beta[j] - prior[j];
                loss += lambda / 2 * d * d;
            }
        }

        return loss;
    }
}
