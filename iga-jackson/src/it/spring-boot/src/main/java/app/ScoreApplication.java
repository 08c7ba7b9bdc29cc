package app;

import id.iga.IgaException;
import id.iga.jackson.SubmissionReadException;
import id.iga.score.Mode;
import id.iga.score.ScoreResult;
import id.iga.score.Scorer;
import id.iga.submission.Submission;
import id.iga.years.Rubrics;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Scores a submission over HTTP. Nothing here configures Jackson: Boot's JsonMapper finds the IGA module through
 * ServiceLoader, so the submission is read by the library's reader and the result written by the library's writer.
 */
@SpringBootApplication
public class ScoreApplication {
  public static void main(String[] args) {
    SpringApplication.run(ScoreApplication.class, args);
  }

  /** {@code POST /score}: a submission in, its result out, in the IGA result format. */
  @RestController
  static class ScoreController {
    /**
     * @param submission the submission (the request body)
     * @param year the rubric year; the submission's own year when absent
     * @param mode CLAIMED or VERIFIED
     * @return the result
     */
    @PostMapping(path = "/score", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
    ScoreResult score(@RequestBody Submission submission, @RequestParam(required = false) Integer year,
        @RequestParam(defaultValue = "CLAIMED") Mode mode) {
      Scorer scorer = year == null ? Rubrics.scorerFor(submission) : Rubrics.scorer(year);
      return scorer.score(submission, mode);
    }
  }

  /** Errors as RFC 9457 problem details, with the library's words and the JSON pointer of the value at fault. */
  @RestControllerAdvice
  static class Problems {
    /** A body the library's reader rejected: 400, where and why. Any other unreadable body: 400, Jackson's words. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SubmissionReadException s) {
          ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, s.problem());
          p.setTitle("Invalid submission");
          p.setProperty("pointer", s.pointer());
          p.setProperty("line", s.getLocation().getLineNr());
          p.setProperty("column", s.getLocation().getColumnNr());
          return p;
        }
      }
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is not JSON");
      p.setTitle("Unreadable request");
      return p;
    }

    /** A submission that does not fit the rubric it is scored under (an answer the year does not know): 422. */
    @ExceptionHandler(IgaException.class)
    ProblemDetail unscorable(IgaException e) {
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422), e.problem());
      p.setTitle("Submission does not fit the rubric");
      e.location().ifPresent(l -> p.setProperty("pointer", l.pointer()));
      return p;
    }
  }
}
