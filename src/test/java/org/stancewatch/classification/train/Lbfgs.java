package org.stancewatch.classification.train;

/** Plain L-BFGS (two-loop recursion, backtracking Armijo line search). Deterministic. */
final class Lbfgs {

    interface Function {
        /** Returns f(x) and writes the gradient into g. */
        double eval(double[] x, double[] g);
    }

    private Lbfgs() {
    }

    /** Minimises f from x (updated in place); returns the final value. */
    static double minimize(Function f, double[] x, int m, int maxIter, double tol) {
        int n = x.length;
        double[][] s = new double[m][n];
        double[][] y = new double[m][n];
        double[] rho = new double[m];
        double[] alpha = new double[m];
        double[] g = new double[n];
        double[] gNew = new double[n];
        double[] d = new double[n];
        double[] xNew = new double[n];
        double fx = f.eval(x, g);
        int stored = 0;
        int head = 0;
        for (int it = 0; it < maxIter; it++) {
            double gmax = 0;
            for (double v : g) {
                gmax = Math.max(gmax, Math.abs(v));
            }
            if (gmax < tol) {
                break;
            }
            // direction d = -H g
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            for (int k = 0; k < stored; k++) {
                int idx = Math.floorMod(head - 1 - k, m);
                alpha[idx] = rho[idx] * dot(s[idx], d);
                axpy(-alpha[idx], y[idx], d);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, m);
                double gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
                for (int i = 0; i < n; i++) {
                    d[i] *= gamma;
                }
            } else {
                double gn = Math.sqrt(dot(g, g));
                for (int i = 0; i < n; i++) {
                    d[i] /= Math.max(gn, 1.0);
                }
            }
            for (int k = stored - 1; k >= 0; k--) {
                int idx = Math.floorMod(head - 1 - k, m);
                double beta = rho[idx] * dot(y[idx], d);
                axpy(alpha[idx] - beta, s[idx], d);
            }
            double gd = dot(g, d);
            if (gd >= 0) { // not a descent direction: reset to steepest descent
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                gd = dot(g, d);
                stored = 0;
            }
            double step = 1;
            double fNew;
            int tries = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * d[i];
                }
                fNew = f.eval(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * gd || ++tries > 40) {
                    break;
                }
                step *= 0.5;
            }
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                double si = xNew[i] - x[i];
                double yi = gNew[i] - g[i];
                s[head][i] = si;
                y[head][i] = yi;
                sy += si * yi;
                yy += yi * yi;
            }
            boolean converged = Math.abs(fx - fNew) <= 1e-12 * Math.max(1, Math.abs(fx));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (sy > 1e-12 * yy && yy > 0) {
                rho[head] = 1 / sy;
                head = (head + 1) % m;
                stored = Math.min(stored + 1, m);
            }
            if (converged) {
                break;
            }
        }
        return fx;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
