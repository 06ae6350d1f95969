package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {
  @Test
  void aFullBudgetAllowsItsRetriesThenRefillsAFifthPerSuccess() {
    RetryBudget budget = new RetryBudget(2);
    assertThat(budget.tryAcquire()).isTrue();
    assertThat(budget.tryAcquire()).isTrue();
    assertThat(budget.tryAcquire()).isFalse();
    for (int i = 0; i < 4; i++) {
      budget.onSuccess();
    }
    assertThat(budget.tryAcquire()).isFalse();
    budget.onSuccess();
    assertThat(budget.tryAcquire()).isTrue();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    RetryBudget budget = new RetryBudget(1);
    for (int i = 0; i < 100; i++) {
      budget.onSuccess();
    }
    assertThat(budget.tryAcquire()).isTrue();
    assertThat(budget.tryAcquire()).isFalse();
  }

  @Test
  void aZeroBudgetNeverRetries() {
    assertThat(new RetryBudget(0).tryAcquire()).isFalse();
  }
}
